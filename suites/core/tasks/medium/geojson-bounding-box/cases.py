# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def attempt(m, obj):
    try:
        return m.bounding_box(obj)
    except ValueError:
        return "ValueError"


SQUARE = [[[0, 0], [4, 0], [4, 3], [0, 3], [0, 0]]]


@case()
def point_and_line(m):
    return [m.bounding_box({"type": "Point", "coordinates": [2.5, -1]}),
            m.bounding_box({"type": "LineString", "coordinates": [[1, 5], [-3, 2.5, 100], [7, 0]]})]


@case()
def polygon_with_hole(m):
    hole = [[1, 1], [2, 1], [2, 2], [1, 1]]
    return m.bounding_box({"type": "Polygon", "coordinates": [SQUARE[0], hole]})


@case()
def multi_geometries(m):
    return [
        m.bounding_box({"type": "MultiPoint", "coordinates": [[3, 3], [-1, 8]]}),
        m.bounding_box({"type": "MultiLineString", "coordinates": [[[0, 0], [1, 1]], [[5, -5], [6, -4]]]}),
        m.bounding_box({"type": "MultiPolygon", "coordinates": [SQUARE, [[[10, 10], [11, 10], [11, 12], [10, 10]]]]}),
    ]


@case()
def feature_collection_nested(m):
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "depot"}, "geometry": {"type": "Point", "coordinates": [13.4, 52.5]}},
        {"type": "Feature", "geometry": None},
        {"type": "Feature", "id": 7, "geometry": {"type": "GeometryCollection", "geometries": [
            {"type": "Point", "coordinates": [2.35, 48.85]},
            {"type": "GeometryCollection", "geometries": [{"type": "LineString", "coordinates": [[-0.12, 51.5], [4.9, 52.37]]}]},
        ]}},
    ]}
    return m.bounding_box(fc)


@case("edge")
def empty_things(m):
    return [
        m.bounding_box({"type": "MultiPoint", "coordinates": []}),
        m.bounding_box({"type": "Feature", "geometry": None}),
        m.bounding_box({"type": "FeatureCollection", "features": []}),
        m.bounding_box({"type": "GeometryCollection", "geometries": [{"type": "MultiPolygon", "coordinates": []}]}),
        m.bounding_box({"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": None}, {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}}]}),
    ]


@case("edge")
def three_dimensional_positions(m):
    return m.bounding_box({"type": "MultiPoint", "coordinates": [[1, 2, 300], [-1, -2, -300], [0.5, 9, 0]]})


@case("error-handling")
def bad_positions(m):
    objs = [{"type": "Point", "coordinates": [1]}, {"type": "Point", "coordinates": [1, 2, 3, 4]},
            {"type": "Point", "coordinates": [True, 2]}, {"type": "Point", "coordinates": ["1", 2]},
            {"type": "Point", "coordinates": (1, 2)}, {"type": "Point", "coordinates": [[1, 2]]},
            {"type": "Point"}, {"type": "MultiPoint", "coordinates": [1, 2]}]
    return [attempt(m, o) for o in objs]


@case("error-handling")
def bad_lines_and_rings(m):
    objs = [{"type": "LineString", "coordinates": [[1, 2]]},
            {"type": "MultiLineString", "coordinates": [[[0, 0], [1, 1]], [[2, 2]]]},
            {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]},
            {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]},
            {"type": "Polygon", "coordinates": [[[0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 0, 2]]]},
            {"type": "MultiPolygon", "coordinates": SQUARE},
            {"type": "Polygon", "coordinates": SQUARE[0]}]
    return [attempt(m, o) for o in objs]


@case("error-handling")
def bad_structure(m):
    objs = [{"type": "Circle", "coordinates": [0, 0]}, {"coordinates": [0, 0]},
            {"type": "FeatureCollection", "features": [{"type": "Point", "coordinates": [0, 0]}]},
            {"type": "Feature", "geometry": {"type": "Feature", "geometry": None}},
            {"type": "Feature"}, {"type": "GeometryCollection", "geometries": {"type": "Point", "coordinates": [0, 0]}},
            {"type": "GeometryCollection", "geometries": [{"type": "Feature", "geometry": None}]}]
    return [attempt(m, o) for o in objs]


@case("error-handling")
def error_propagates(m):
    return m.bounding_box({"type": "LineString", "coordinates": []})
