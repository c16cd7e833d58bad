cmake_minimum_required(VERSION 3.16)
# Fails when a file in ui/ or app/ opens a message box or a file dialog itself: every modal
# question goes through the one seam, ui::Prompts (docs/decisions/0108), whose WidgetPrompts
# (ui/common/Prompts.cpp) and the issues box (ui/common/MessageBoxes.cpp) are the only callers
# of QMessageBox and QFileDialog, so GUI tests can answer every dialog without a modal loop.
set(allowed
  "${SOURCE_DIR}/ui/common/Prompts.cpp"
  "${SOURCE_DIR}/ui/common/MessageBoxes.cpp")
file(GLOB_RECURSE sources
  "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
  if(source IN_LIST allowed)
    continue()
  endif()
  # Static calls (QMessageBox::question, QFileDialog::getSaveFileName, QMessageBox::Yes...),
  # boxes and dialogs made on the stack or the heap.
  file(STRINGS "${source}" calls REGEX
    "(QMessageBox|QFileDialog)::|(QMessageBox|QFileDialog) +[A-Za-z_][A-Za-z_0-9]* *[({]|new +(QMessageBox|QFileDialog)|<(QMessageBox|QFileDialog)>")
  if(calls)
    list(APPEND offenders "${source}:\n    ${calls}")
  endif()
endforeach()
if(offenders)
  string(REPLACE ";" "\n" offenders "${offenders}")
  message(FATAL_ERROR "Open dialogs through ui::Prompts (ui/common/Prompts.h), not directly:\n${offenders}")
endif()
message(STATUS "every message box and file dialog goes through ui::Prompts (${CMAKE_CURRENT_LIST_FILE})")
