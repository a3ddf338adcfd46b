# The live stack (issue 4), its own target because it needs the engine, health and compose rooms.
add_library(stackdeck_livestack STATIC
    ${CMAKE_CURRENT_LIST_DIR}/containerhealthof.cpp ${CMAKE_CURRENT_LIST_DIR}/containerhealthof.h
    ${CMAKE_CURRENT_LIST_DIR}/livelogging.cpp ${CMAKE_CURRENT_LIST_DIR}/livelogging.h
    ${CMAKE_CURRENT_LIST_DIR}/livestack.cpp ${CMAKE_CURRENT_LIST_DIR}/livestack.h
    ${CMAKE_CURRENT_LIST_DIR}/livestatusderiver.cpp ${CMAKE_CURRENT_LIST_DIR}/livestatusderiver.h
    ${CMAKE_CURRENT_LIST_DIR}/restarttracker.cpp ${CMAKE_CURRENT_LIST_DIR}/restarttracker.h
)
target_link_libraries(stackdeck_livestack
    PUBLIC stackdeck_options stackdeck_live stackdeck_docker stackdeck_health stackdeck_compose Qt6::Core)
