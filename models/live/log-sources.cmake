# Log tails (issue 4): ring-buffered LogModel, level recognition and the off-thread LogFilter.
# Included from models/live/CMakeLists.txt after stackdeck_live is defined.
target_sources(stackdeck_live PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logchunk.h
    ${CMAKE_CURRENT_LIST_DIR}/logfilter.cpp ${CMAKE_CURRENT_LIST_DIR}/logfilter.h
    ${CMAKE_CURRENT_LIST_DIR}/logfiltercriteria.h
    ${CMAKE_CURRENT_LIST_DIR}/logfiltermodel.cpp ${CMAKE_CURRENT_LIST_DIR}/logfiltermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/loglevelparser.cpp ${CMAKE_CURRENT_LIST_DIR}/loglevelparser.h
    ${CMAKE_CURRENT_LIST_DIR}/logline.h
    ${CMAKE_CURRENT_LIST_DIR}/logmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/logmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/logsnapshot.h
)
target_link_libraries(stackdeck_live PUBLIC Qt6::Concurrent)
