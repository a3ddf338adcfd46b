# Compose runner: drives stacks with `docker compose` (v2) or `docker-compose` (v1).
target_sources(stackdeck_docker PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/composeerrormapper.cpp ${CMAKE_CURRENT_LIST_DIR}/composeerrormapper.h
    ${CMAKE_CURRENT_LIST_DIR}/composejob.cpp ${CMAKE_CURRENT_LIST_DIR}/composejob.h
    ${CMAKE_CURRENT_LIST_DIR}/composeoutputparser.cpp ${CMAKE_CURRENT_LIST_DIR}/composeoutputparser.h
    ${CMAKE_CURRENT_LIST_DIR}/composeprogress.cpp ${CMAKE_CURRENT_LIST_DIR}/composeprogress.h
    ${CMAKE_CURRENT_LIST_DIR}/composerunner.cpp ${CMAKE_CURRENT_LIST_DIR}/composerunner.h
    ${CMAKE_CURRENT_LIST_DIR}/composetarget.cpp ${CMAKE_CURRENT_LIST_DIR}/composetarget.h
    ${CMAKE_CURRENT_LIST_DIR}/composetool.cpp ${CMAKE_CURRENT_LIST_DIR}/composetool.h
    ${CMAKE_CURRENT_LIST_DIR}/composev1filter.cpp ${CMAKE_CURRENT_LIST_DIR}/composev1filter.h
)
