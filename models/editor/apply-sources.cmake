# Apply pipeline: plans, applied-version history, the apply run and its health wait.
target_sources(stackdeck_editor PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/applyplan.cpp ${CMAKE_CURRENT_LIST_DIR}/applyplan.h
    ${CMAKE_CURRENT_LIST_DIR}/applyplanner.cpp ${CMAKE_CURRENT_LIST_DIR}/applyplanner.h
    ${CMAKE_CURRENT_LIST_DIR}/appliedhistory.cpp ${CMAKE_CURRENT_LIST_DIR}/appliedhistory.h
    ${CMAKE_CURRENT_LIST_DIR}/applyrun.cpp ${CMAKE_CURRENT_LIST_DIR}/applyrun.h
    ${CMAKE_CURRENT_LIST_DIR}/healthwaiter.cpp ${CMAKE_CURRENT_LIST_DIR}/healthwaiter.h
    ${CMAKE_CURRENT_LIST_DIR}/servicediff.cpp ${CMAKE_CURRENT_LIST_DIR}/servicediff.h
)
