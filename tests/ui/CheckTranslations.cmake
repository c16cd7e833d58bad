# Runs lupdate (-no-obsolete) over the sources into a copy of the .ts files and fails when any
# message is unfinished, or when lupdate warns (a tr() it cannot give a context: its message
# would be filed under another context than the one used at run time and never show
# translated; docs/decisions/0109). Variables: LUPDATE, SOURCE_DIRS (|-separated), TS_FILES,
# WORK_DIR, INCLUDE_DIR (the repository root: includes are written from it).
string(REPLACE "|" ";" source_dirs "${SOURCE_DIRS}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name "${ts}" NAME)
  file(COPY "${ts}" DESTINATION "${WORK_DIR}")
  list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(
  COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -I "${INCLUDE_DIR}" -extensions cpp,h ${source_dirs} -ts ${copies}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${status}): ${out}${err}")
endif()
string(STRIP "${out}${err}" said)
if(NOT said STREQUAL "")
  message(FATAL_ERROR "lupdate warned: give these classes Q_DECLARE_TR_FUNCTIONS (or Q_OBJECT), "
                      "or call Class::tr() from free functions:\n${said}")
endif()
set(failures "")
foreach(copy IN LISTS copies)
  file(STRINGS "${copy}" lines)
  set(source "")
  foreach(line IN LISTS lines)
    if(line MATCHES "<source>(.*)</source>")
      set(source "${CMAKE_MATCH_1}")
    endif()
    if(line MATCHES "type=\"unfinished\"" OR line MATCHES "<translation></translation>")
      get_filename_component(name "${copy}" NAME)
      string(APPEND failures "\n  ${name}: ${source}")
    endif()
  endforeach()
endforeach()
if(failures)
  message(FATAL_ERROR "Unfinished translations:${failures}")
endif()
message(STATUS "Every message is translated in: ${TS_FILES}")
