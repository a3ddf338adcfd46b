# The editor's forms (issue 5): one service, the stack, the Spark cluster.
target_sources(stackdeck_editorui PRIVATE
    fieldrow.cpp fieldrow.h
    serviceform.cpp serviceform.h
    stackform.cpp stackform.h
    sparkform.cpp sparkform.h)
