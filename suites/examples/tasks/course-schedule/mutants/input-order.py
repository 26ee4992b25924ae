def course_order(courses, prereqs):
    return list(courses)
