# The Debian package (docs/packaging.md, docs/decisions/0037-0039): names and addresses the
# packaging files share, and CPack's DEB generator. The install() rules are in app/CMakeLists.txt;
# scripts/package.sh runs CPack over a build and lintian over the result.

set(TANSIQ_APP_ID "io.github.tansiq.Tansiq" CACHE STRING
    "Reverse-DNS application id (AppStream metainfo file name and <id>)")
set(TANSIQ_HOMEPAGE "https://github.com/tansiq/tansiq" CACHE STRING
    "Project home page (package Homepage field, AppStream urls)")
set(TANSIQ_SCREENSHOT_URL "https://raw.githubusercontent.com/tansiq/tansiq/main/docs/screenshots"
    CACHE STRING "Public address of docs/screenshots/ on the default branch (AppStream screenshots)")
set(TANSIQ_PACKAGE_MAINTAINER "Tansiq maintainers <maintainers@tansiq.example.org>" CACHE STRING
    "Maintainer field of the Debian package (keep equal to the changelog's trailer)")
set(TANSIQ_PROJECT_LICENSE "LicenseRef-proprietary")  # no licence chosen yet: see copyright

# packaging/linux/changelog is the Debian changelog; its newest entry must be this version, and
# its date is the release date in the metainfo.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/packaging/linux/changelog")
file(STRINGS "${PROJECT_SOURCE_DIR}/packaging/linux/changelog" tansiq_changelog)
list(GET tansiq_changelog 0 tansiq_changelog_head)
if(NOT tansiq_changelog_head MATCHES "^tansiq \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "packaging/linux/changelog starts with “${tansiq_changelog_head}”: add an "
                      "entry for version ${PROJECT_VERSION} (the version in CMakeLists.txt).")
endif()
foreach(line IN LISTS tansiq_changelog)
  if(line MATCHES "^ -- .*  [A-Z][a-z][a-z], ([0-9]+) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
    set(day "${CMAKE_MATCH_1}")
    set(month_name "${CMAKE_MATCH_2}")
    set(year "${CMAKE_MATCH_3}")
    set(tansiq_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    list(FIND tansiq_months "${month_name}" month)
    math(EXPR month "${month} + 1")
    string(REGEX REPLACE "^([0-9])$" "0\\1" month "${month}")
    string(REGEX REPLACE "^([0-9])$" "0\\1" day "${day}")
    set(TANSIQ_RELEASE_DATE "${year}-${month}-${day}")
    break()
  endif()
endforeach()
if(NOT TANSIQ_RELEASE_DATE)
  message(FATAL_ERROR "packaging/linux/changelog: no dated trailer line (\" -- NAME <MAIL>  DATE\").")
endif()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "tansiq")
set(CPACK_PACKAGE_VENDOR "Tansiq contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${TANSIQ_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/package")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "humanitarian 4W coordination registry, offline first")
# CPack indents these lines as the control file's extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Tansiq keeps the 4W registry (who does what, where and when) of a humanitarian
coordination office: partner organisations, their projects and activities by
sector and place, the people they target and reach by sex and age, and the
needs per place and sector. It shows gaps and possible duplication, makes a
monthly PDF bulletin with maps, imports and exports HXL-tagged partner
spreadsheets, and exchanges signed, encrypted updates with other offices on
USB sticks. It works offline, in Arabic (right to left) and English, and
includes the Syria gazetteer with OCHA P-codes.
.
This package holds the desktop application (tansiq) and the command-line tool
(tansiq-cli).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${TANSIQ_HOMEPAGE}")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The shared libraries the executables link come from dpkg-shlibdeps; CPack appends them to the
# list below. The list holds what shlibdeps cannot see because Qt loads it at run time
# (docs/decisions/0038-package-dependencies.md).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
# tansiq-cli publish needs Qt's PostgreSQL driver; the server itself runs elsewhere.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
include(CPack)
