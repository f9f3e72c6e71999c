"""Geodesics on WGS84 by Vincenty's formulae (1975), in plain Python: the PDF's scale (a 10 km
step east of a view's centre, the scale bar's half-frame line) without pyproj, whose import
costs an export 35 ms. For lines of up to a few thousand kilometres they agree with
pyproj's Geod (Karney's algorithm) to 1e-11 of the distance (a test holds them to it).

Each returns None where the iteration does not settle (nearly antipodal points) or for a
point that is not finite: the caller then asks pyproj.
"""

from __future__ import annotations

import math

_A = 6378137.0
_F = 1 / 298.257223563
_B = _A * (1 - _F)
_EP2 = (_A * _A - _B * _B) / (_B * _B)
_ITERATIONS = 200
_CONVERGED = 1e-14


def _ab(cos2_alpha: float) -> tuple[float, float]:
    u2 = cos2_alpha * _EP2
    a = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)))
    b = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)))
    return a, b


def _delta_sigma(b: float, sin_s: float, cos_s: float, cos_2sm: float) -> float:
    c2 = cos_2sm * cos_2sm
    inner = cos_s * (2 * c2 - 1) - b / 6 * cos_2sm * (4 * sin_s * sin_s - 3) * (4 * c2 - 3)
    return b * sin_s * (cos_2sm + b / 4 * inner)


def direct(lon: float, lat: float, azimuth: float, distance: float) -> tuple[float, float] | None:
    """(lon, lat) in degrees `distance` metres from (lon, lat) along the geodesic leaving
    it at `azimuth` (degrees clockwise from north); longitude in [-180, 180]."""
    if not all(map(math.isfinite, (lon, lat, azimuth, distance))) or abs(lat) > 90:
        return None
    alpha1 = math.radians(azimuth)
    sin_a1, cos_a1 = math.sin(alpha1), math.cos(alpha1)
    tan_u1 = (1 - _F) * math.tan(math.radians(lat))
    cos_u1 = 1 / math.sqrt(1 + tan_u1 * tan_u1)
    sin_u1 = tan_u1 * cos_u1
    sigma1 = math.atan2(tan_u1, cos_a1)
    sin_alpha = cos_u1 * sin_a1
    cos2_alpha = 1 - sin_alpha * sin_alpha
    a, b = _ab(cos2_alpha)
    first = distance / (_B * a)
    sigma = first
    for _ in range(_ITERATIONS):
        cos_2sm = math.cos(2 * sigma1 + sigma)
        new = first + _delta_sigma(b, math.sin(sigma), math.cos(sigma), cos_2sm)
        settled = abs(new - sigma) <= _CONVERGED
        sigma = new
        if settled:
            break
    else:
        return None
    sin_s, cos_s = math.sin(sigma), math.cos(sigma)
    cos_2sm = math.cos(2 * sigma1 + sigma)
    x = sin_u1 * sin_s - cos_u1 * cos_s * cos_a1
    lat2 = math.atan2(sin_u1 * cos_s + cos_u1 * sin_s * cos_a1, (1 - _F) * math.hypot(sin_alpha, x))
    lam = math.atan2(sin_s * sin_a1, cos_u1 * cos_s - sin_u1 * sin_s * cos_a1)
    c = _F / 16 * cos2_alpha * (4 + _F * (4 - 3 * cos2_alpha))
    big_l = lam - (1 - c) * _F * sin_alpha * (
        sigma + c * sin_s * (cos_2sm + c * cos_s * (2 * cos_2sm * cos_2sm - 1))
    )
    lon2 = math.remainder(lon + math.degrees(big_l), 360.0)
    if not (math.isfinite(lon2) and math.isfinite(lat2)):
        return None
    return lon2, math.degrees(lat2)


def distance(lon1: float, lat1: float, lon2: float, lat2: float) -> float | None:
    """The geodesic distance in metres between two points given in degrees."""
    if not all(map(math.isfinite, (lon1, lat1, lon2, lat2))) or max(abs(lat1), abs(lat2)) > 90:
        return None
    big_l = math.radians(lon2 - lon1)
    u1 = math.atan((1 - _F) * math.tan(math.radians(lat1)))
    u2 = math.atan((1 - _F) * math.tan(math.radians(lat2)))
    sin_u1, cos_u1, sin_u2, cos_u2 = math.sin(u1), math.cos(u1), math.sin(u2), math.cos(u2)
    lam = big_l
    for _ in range(_ITERATIONS):
        sin_l, cos_l = math.sin(lam), math.cos(lam)
        sin_s = math.hypot(cos_u2 * sin_l, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_l)
        if sin_s == 0:
            return 0.0  # the same point
        cos_s = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_l
        sigma = math.atan2(sin_s, cos_s)
        sin_alpha = cos_u1 * cos_u2 * sin_l / sin_s
        cos2_alpha = 1 - sin_alpha * sin_alpha
        cos_2sm = cos_s - 2 * sin_u1 * sin_u2 / cos2_alpha if cos2_alpha else 0.0
        c = _F / 16 * cos2_alpha * (4 + _F * (4 - 3 * cos2_alpha))
        new = big_l + (1 - c) * _F * sin_alpha * (
            sigma + c * sin_s * (cos_2sm + c * cos_s * (2 * cos_2sm * cos_2sm - 1))
        )
        settled = abs(new - lam) <= _CONVERGED
        lam = new
        if settled:
            break
    else:
        return None
    if abs(lam) > math.pi:
        return None  # the iteration ran off (nearly antipodal points)
    a, b = _ab(cos2_alpha)
    metres = _B * a * (sigma - _delta_sigma(b, sin_s, cos_s, cos_2sm))
    return metres if math.isfinite(metres) else None
