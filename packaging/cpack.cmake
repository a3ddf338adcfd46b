# CPack: `cpack -G DEB` in the build directory (or `cmake --build BUILD --target package`) makes
# stackdeck_<version>_<arch>.deb from the install rules. Included once by the top-level CMakeLists.txt.
set(STACKDECK_PACKAGE_MAINTAINER "Stackdeck developers <stackdeck@users.noreply.github.com>" CACHE STRING
    "Maintainer field of the .deb")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME stackdeck)
set(CPACK_PACKAGE_VENDOR "Stackdeck developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_PACKAGE_CONTACT "${STACKDECK_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)
# The .deb carries only what install() names, under /usr (the DEB generator's default prefix).

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # stackdeck_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${STACKDECK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${STACKDECK_HOMEPAGE_URL}")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description (lines under 80 columns).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Stackdeck is a Qt desktop console for a local data-platform stack (Spark,
FastAPI, PostgreSQL, Redis, Prometheus, Grafana, nginx) described by Docker
Compose files and Helm values. It loads a stack the way docker compose does,
validates it with file:line:column findings, edits values safely, and shows
the running services' topology, health, resources and logs.
The same executable runs headless commands (check, set, values, status, logs)
for scripts and CI.")
# Library dependencies come from dpkg-shlibdeps (package dpkg-dev) reading the binary.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The engine and compose drive a stack; the console itself starts without them (and says what is missing).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "docker.io | docker-ce, docker-compose | docker-compose-plugin")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# `cpack --config CPackSourceConfig.cmake`: the checkout without build trees or editor files.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "^${PROJECT_SOURCE_DIR}/build/" "^${PROJECT_SOURCE_DIR}/build-[^/]*/" "\\\\.user$")

include(CPack)
