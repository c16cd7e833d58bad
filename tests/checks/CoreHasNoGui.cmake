# Fails when a file in core/ includes Qt Gui or Widgets headers: core must stay headless so the
# CLI, the tests and the bulletin can use it without a display (docs/ARCHITECTURE.md).
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" includes REGEX "#include *<(QtWidgets|QtGui|QtCharts|QWidget|QApplication|QGuiApplication|QMainWindow|QDialog|QPainter|QImage|QPixmap|QFont|QColor)")
  if(includes)
    list(APPEND offenders "${source}: ${includes}")
  endif()
endforeach()
if(offenders)
  message(FATAL_ERROR "core/ must not use Qt Gui or Widgets:\n${offenders}")
endif()
message(STATUS "core/ is free of Gui and Widgets (${CMAKE_CURRENT_LIST_FILE})")
