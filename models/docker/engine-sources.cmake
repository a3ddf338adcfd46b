# Engine client (libcurl): transport, parsing, streams and the monitor.
target_sources(stackdeck_docker PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/containerinfo.cpp ${CMAKE_CURRENT_LIST_DIR}/containerinfo.h
    ${CMAKE_CURRENT_LIST_DIR}/containerstats.cpp ${CMAKE_CURRENT_LIST_DIR}/containerstats.h
    ${CMAKE_CURRENT_LIST_DIR}/containersummary.cpp ${CMAKE_CURRENT_LIST_DIR}/containersummary.h
    ${CMAKE_CURRENT_LIST_DIR}/engineclient.cpp ${CMAKE_CURRENT_LIST_DIR}/engineclient.h
    ${CMAKE_CURRENT_LIST_DIR}/enginemonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/enginemonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/enginemonitorthread.cpp ${CMAKE_CURRENT_LIST_DIR}/enginemonitorthread.h
    ${CMAKE_CURRENT_LIST_DIR}/engineendpoint.cpp ${CMAKE_CURRENT_LIST_DIR}/engineendpoint.h
    ${CMAKE_CURRENT_LIST_DIR}/engineevent.cpp ${CMAKE_CURRENT_LIST_DIR}/engineevent.h
    ${CMAKE_CURRENT_LIST_DIR}/enginestate.cpp ${CMAKE_CURRENT_LIST_DIR}/enginestate.h
    ${CMAKE_CURRENT_LIST_DIR}/enginestreampool.cpp ${CMAKE_CURRENT_LIST_DIR}/enginestreampool.h
    ${CMAKE_CURRENT_LIST_DIR}/enginetransport.cpp ${CMAKE_CURRENT_LIST_DIR}/enginetransport.h
    ${CMAKE_CURRENT_LIST_DIR}/httpresponse.cpp ${CMAKE_CURRENT_LIST_DIR}/httpresponse.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonlinesplitter.cpp ${CMAKE_CURRENT_LIST_DIR}/jsonlinesplitter.h
    ${CMAKE_CURRENT_LIST_DIR}/logbuffer.cpp ${CMAKE_CURRENT_LIST_DIR}/logbuffer.h
    ${CMAKE_CURRENT_LIST_DIR}/logcursor.cpp ${CMAKE_CURRENT_LIST_DIR}/logcursor.h
    ${CMAKE_CURRENT_LIST_DIR}/logdemuxer.cpp ${CMAKE_CURRENT_LIST_DIR}/logdemuxer.h
    ${CMAKE_CURRENT_LIST_DIR}/logline.cpp ${CMAKE_CURRENT_LIST_DIR}/logline.h
    ${CMAKE_CURRENT_LIST_DIR}/projectcontainers.cpp ${CMAKE_CURRENT_LIST_DIR}/projectcontainers.h
    ${CMAKE_CURRENT_LIST_DIR}/stacksnapshot.cpp ${CMAKE_CURRENT_LIST_DIR}/stacksnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/statshistory.cpp ${CMAKE_CURRENT_LIST_DIR}/statshistory.h
)
