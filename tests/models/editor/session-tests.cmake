# The edit session (issue 5): values, lists, secrets, text edits, save and disk changes, services.
stackdeck_add_test(tst_editsession SOURCES tst_editsession.cpp tst_editsessionfixture.h
    LIBS stackdeck_editor LABELS models TIMEOUT 300)
stackdeck_add_test(tst_editsessionsave SOURCES tst_editsessionsave.cpp tst_editsessionfixture.h
    LIBS stackdeck_editor LABELS models TIMEOUT 300)
target_include_directories(tst_editsession PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_include_directories(tst_editsessionsave PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
