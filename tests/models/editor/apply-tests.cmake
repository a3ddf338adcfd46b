# Apply pipeline tests: plans and history (models), apply and rollback against the real engine (integration).
stackdeck_add_test(tst_applyplanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_applyplanner.cpp
                   LIBS stackdeck_editor LABELS models)
stackdeck_add_test(tst_appliedhistory SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_appliedhistory.cpp
                   LIBS stackdeck_editor LABELS models)
stackdeck_add_test(tst_applyengine SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_applyengine.cpp
                   LIBS stackdeck_editor LABELS integration TIMEOUT 600)
