# Health panel rows (issue 4): HealthModel over HealthRow snapshots; included from models/live/CMakeLists.txt.
target_sources(stackdeck_live PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/healthmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/healthmodel.h)
# ProbeResult and HealthState live in the health room.
target_link_libraries(stackdeck_live PUBLIC stackdeck_health)
