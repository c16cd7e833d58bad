# Fails when a quoted #include does not name its library: every include is written from the
# repository root ("core/common/Result.h", "ui/common/Page.h", "tests/support/...") and names
# a file that exists there, so a reader always knows which library a header belongs to
# (docs/decisions/0100). Generated headers (moc, uic) are the only exception.
file(GLOB_RECURSE sources "${ROOT}/core/*.h" "${ROOT}/core/*.cpp" "${ROOT}/ui/*.h"
     "${ROOT}/ui/*.cpp" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp" "${ROOT}/tests/*.h"
     "${ROOT}/tests/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[^\"]*\"([^\"]*)\".*$" "\\1" header "${line}")
    if(header MATCHES "(^|/)(moc_[^/]*|ui_[^/]*|[^/]*\\.moc)$")
      continue()
    endif()
    if(NOT header MATCHES "^(core|ui|app|tests)/" OR NOT EXISTS "${ROOT}/${header}")
      file(RELATIVE_PATH where "${ROOT}" "${source}")
      list(APPEND offenders "${where}: \"${header}\"")
    endif()
  endforeach()
endforeach()
if(offenders)
  list(JOIN offenders "\n  " listed)
  message(FATAL_ERROR "Includes must be written from the repository root and name their "
                      "library (core/, ui/, app/, tests/):\n  ${listed}")
endif()
message(STATUS "every quoted include names its library")
