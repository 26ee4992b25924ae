# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Bounding box of parsed GeoJSON, dispatched with structural pattern matching."""
from collections.abc import Iterator

Position = tuple[float, float]
BBox = tuple[float, float, float, float]


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _position(value: object) -> Position:
    match value:
        case [x, y] | [x, y, _] if isinstance(value, list) and all(_is_number(v) for v in value):
            return x, y
    raise ValueError(f"bad position: {value!r}")


def _positions(value: object) -> list[Position]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list of positions: {value!r}")
    return [_position(item) for item in value]


def _line(value: object) -> list[Position]:
    points = _positions(value)
    if len(points) < 2:
        raise ValueError("a line needs at least 2 positions")
    return points


def _polygon(value: object) -> Iterator[Position]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list of rings: {value!r}")
    for ring in value:
        points = _positions(ring)
        if len(points) < 4 or ring[0] != ring[-1]:
            raise ValueError("a ring needs at least 4 positions and must be closed")
        yield from points


def _each(value: object, parse) -> Iterator[Position]:
    if not isinstance(value, list):
        raise ValueError(f"expected a list: {value!r}")
    for item in value:
        yield from parse(item)


def _walk(obj: object) -> Iterator[Position]:
    match obj:
        case {"type": "Point", "coordinates": position}:
            yield _position(position)
        case {"type": "MultiPoint", "coordinates": positions}:
            yield from _positions(positions)
        case {"type": "LineString", "coordinates": line}:
            yield from _line(line)
        case {"type": "MultiLineString", "coordinates": lines}:
            yield from _each(lines, _line)
        case {"type": "Polygon", "coordinates": rings}:
            yield from _polygon(rings)
        case {"type": "MultiPolygon", "coordinates": polygons}:
            yield from _each(polygons, _polygon)
        case {"type": "GeometryCollection", "geometries": list(geometries)}:
            for geometry in geometries:
                if isinstance(geometry, dict) and geometry.get("type") in ("Feature", "FeatureCollection"):
                    raise ValueError("a GeometryCollection holds geometries only")
                yield from _walk(geometry)
        case {"type": "Feature", "geometry": None}:
            return
        case {"type": "Feature", "geometry": dict(geometry)} if geometry.get("type") not in ("Feature", "FeatureCollection"):
            yield from _walk(geometry)
        case {"type": "FeatureCollection", "features": list(features)}:
            for feature in features:
                if not (isinstance(feature, dict) and feature.get("type") == "Feature"):
                    raise ValueError("a FeatureCollection holds Features only")
                yield from _walk(feature)
        case _:
            raise ValueError(f"not a supported GeoJSON object: {obj!r}")


def bounding_box(obj: dict) -> BBox | None:
    """Return (min_x, min_y, max_x, max_y) of every position in `obj`, or None if it has none."""
    points = list(_walk(obj))
    if not points:
        return None
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)
