<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Coordinates</name>
    <message>
        <source>A position is at most {count} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a position. Type decimal degrees (54.1, 22.93), degrees-minutes-seconds (54°06′00″N 22°55′48″E) or MGRS (34U FE 26199 96369).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude {value} is outside −90 to 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude {value} is outside −180 to 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an MGRS reference: a zone 1–60, a band letter, two square letters and an even number of digits (up to 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a valid MGRS reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed forces personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current US$</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message>
        <source>Coalition of the Willing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weimar Triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear-weapon states (NPT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Unknown language {code}; choose one of {choices}.</source>
        <translation>Unbekannte Sprache {code}; wählen Sie eine von {choices}.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Symbol affiliation</name>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Symbol category</name>
    <message>
        <source>Manoeuvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command and control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maritime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Symbol echelon</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team / crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platoon / detachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company / battery / troop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battalion / squadron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regiment / group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brigade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Army</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Army group / front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / theatre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Symbols</name>
    <message>
        <source>Other symbol (set {set}, entity {entity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanized infantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motorized infantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airborne infantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marine / naval infantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mountain infantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armoured reconnaissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnaissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special operations forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAV unit (unmanned aircraft systems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field artillery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-propelled artillery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rocket artillery (MLRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mortar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air defence, missile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missile (surface-to-surface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combat engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBRN defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explosive ordnance disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic warfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters / command and control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil-military cooperation (CIMIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological operations (MISO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aviation, rotary wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack helicopter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aviation, fixed wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics (combat service support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical treatment facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petroleum, oil and lubricants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple rocket launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRBM launcher (Iskander-class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface-to-air missile launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airfield / airport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seaport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear power plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missile site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military aircraft, fixed wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fighter aircraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military helicopter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmanned aerial vehicle (UAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface combatant (warship)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corvette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submarine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
