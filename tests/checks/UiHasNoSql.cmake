# Fails when a file in ui/ runs SQL itself: statements, Qt's SQL classes or a raw database
# handle. SQL lives in one layer, core's repositories and stores (CONTRIBUTING.md),
# so a page reads through a core type that the CLI can use too.
file(GLOB_RECURSE sources "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" lines
       REGEX "#include *[\"<](core/storage/Statement\\.h|QSqlQuery|QSqlDatabase|QtSql|sqlite3\\.h)|\\.handle\\(\\)")
  if(lines)
    file(RELATIVE_PATH where "${ROOT}" "${source}")
    list(APPEND offenders "${where}: ${lines}")
  endif()
endforeach()
if(offenders)
  list(JOIN offenders "\n  " listed)
  message(FATAL_ERROR "SQL belongs in core's repositories and stores, not in ui/:\n  ${listed}")
endif()
message(STATUS "ui/ runs no SQL of its own")
