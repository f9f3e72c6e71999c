<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>Annotation kind</name>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deployment kind</name>
    <message>
        <source>NATO battlegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National brigade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US rotational brigade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US garrison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missile defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepositioned stocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Echelon</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battalion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brigade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>army</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>army group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
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
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} trillion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counted} of {total} states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{coverage}, partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{grouping} {amount} ({coverage})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric} ({year}): {figures}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sourced value for any member ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counted} of {total} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{coverage}; missing: {countries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (partial: {counted} of {total} members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{coverage}. {source}, {year}; as of {date}. {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear-weapon states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}: year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}: source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message>
        <source>Coalition of the Willing</source>
        <translation>Koalicja chętnych</translation>
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
        <translation>Nieznany język {code}; wybierz jeden z: {choices}.</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded relief, major rivers and lakes, and capitals, cities and towns by zoom (Natural Earth; places: GeoNames, CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country borders following the EU / UN General Assembly position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (one source per membership)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries coloured by a grouping, or by the overlap of two, on the briefing&apos;s as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied territory of Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian territory under Russian occupation, dated; hatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eastern-flank deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (one source per site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NATO battlegroups, the German brigade in Lithuania and US sites in Poland, as APP-6 unit symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashpoints and ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (one source per item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaliningrad, the Suwałki Gap, Belarus and Greenland, with geodesic weapon-range rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn in this briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markers, lines, areas and labels drawn in this briefing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Location precision</name>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Occupation status</name>
    <message>
        <source>occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed annexation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{grouping} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, not {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{grouping}: custom grouping in this briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework nation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} ({precision})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{capital} ({distance} km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weapon}: {radius} km from {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weapon} from {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{radius} km (geodesic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitals within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight line (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North-western tripoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapon range (geodesic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied by Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by Russia as annexed (not a front line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from {file} ({format}) on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
