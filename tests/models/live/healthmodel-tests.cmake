# Health panel rows (issue 4); included from tests/models/live/CMakeLists.txt.
stackdeck_add_test(tst_healthmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_healthmodel.cpp
    LIBS stackdeck_live LABELS models)
