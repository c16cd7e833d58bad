# Fails when a C++ file in core/, ui/, app/ or tests/ is not formatted as .clang-format says,
# naming the files; `scripts/format.sh` formats them (docs/decisions/0101).
file(GLOB_RECURSE sources "${ROOT}/core/*.h" "${ROOT}/core/*.cpp" "${ROOT}/ui/*.h"
     "${ROOT}/ui/*.cpp" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp" "${ROOT}/tests/*.h"
     "${ROOT}/tests/*.cpp")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${sources}
                RESULT_VARIABLE status ERROR_VARIABLE diagnostics OUTPUT_QUIET)
if(NOT status EQUAL 0)
  string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted[^\n]*" lines "${diagnostics}")
  set(files "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE ":[0-9]+:[0-9]+: error:.*$" "" file "${line}")
    file(RELATIVE_PATH file "${ROOT}" "${file}")
    list(APPEND files "${file}")
  endforeach()
  list(REMOVE_DUPLICATES files)
  list(JOIN files "\n  " listed)
  message(FATAL_ERROR "These files are not formatted (run scripts/format.sh):\n  ${listed}")
endif()
message(STATUS "every C++ file is formatted as .clang-format says")
