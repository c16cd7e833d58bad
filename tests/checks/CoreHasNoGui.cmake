# Fails when a file in core/ includes Qt Widgets headers, or Qt Gui headers outside the two
# painting libraries. core/ stays headless so the CLI, the tests and the bulletin run without
# a display; only core/render (maps on any QPainter) and core/bulletin (the PDF documents) draw
# (docs/ARCHITECTURE.md, docs/decisions/0100).
set(widgets "QtWidgets|QtCharts|QWidget|QApplication|QMainWindow|QDialog|QAbstractButton|QLabel")
set(gui "QtGui|QGuiApplication|QPainter|QImage|QPixmap|QFont|QColor|QPdfWriter|QTextDocument")
set(painting_libraries "${CORE_DIR}/render/" "${CORE_DIR}/bulletin/")
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
  set(allowed "${widgets}|${gui}")
  foreach(library IN LISTS painting_libraries)
    string(FIND "${source}" "${library}" at)
    if(at EQUAL 0)
      set(allowed "${widgets}")
    endif()
  endforeach()
  file(STRINGS "${source}" includes REGEX "#include *<(${allowed})[>./]")
  if(includes)
    list(APPEND offenders "${source}: ${includes}")
  endif()
endforeach()
if(offenders)
  message(FATAL_ERROR "core/ must not use Qt Widgets, nor Qt Gui outside core/render and "
                      "core/bulletin:\n${offenders}")
endif()
message(STATUS "core/ is free of Widgets, and of Gui outside its painting libraries")
