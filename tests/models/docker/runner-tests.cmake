# Compose runner tests: parsers (models) and runs against the real engine (integration).
stackdeck_add_test(tst_composerunner_parsers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_composerunner_parsers.cpp
                   LIBS stackdeck_docker LABELS models)
stackdeck_add_test(tst_composerunner_engine SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_composerunner_engine.cpp
                   LIBS stackdeck_docker LABELS integration TIMEOUT 900)
