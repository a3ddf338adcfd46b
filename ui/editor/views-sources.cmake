# The editor's views and window (issue 5): YAML view, diff, review, apply panel, history, the editor window.
target_sources(stackdeck_editorui PRIVATE
    yamleditview.cpp yamleditview.h
    diffview.cpp diffview.h
    reviewpanel.cpp reviewpanel.h
    applypanel.cpp applypanel.h
    historypanel.cpp historypanel.h
    editorwindow.cpp editorwindow.h
)
# The window shows each form once its part is built into the library (forms-/values-sources.cmake,
# the latter included after this file: so the check runs when the directory is done).
function(stackdeck_editorui_detect_forms)
    get_target_property(sources stackdeck_editorui SOURCES)
    foreach(form serviceform stackform sparkform valuesform)
        if("${sources}" MATCHES "${form}\\.cpp")
            string(TOUPPER ${form} FORM)
            set_property(SOURCE editorwindow.cpp APPEND PROPERTY COMPILE_DEFINITIONS STACKDECK_HAVE_${FORM})
        endif()
    endforeach()
endfunction()
cmake_language(DEFER CALL stackdeck_editorui_detect_forms)
