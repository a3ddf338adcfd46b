# The Helm values editor's form (issue 5), offscreen.
stackdeck_add_test(tst_valuesform SOURCES tst_valuesform.cpp LIBS stackdeck_editorui Qt6::Test LABELS ui)
