# OFL fonts from Debian's fonts-noto-core, compiled in as resources under :/fonts/ so text
# looks the same on every machine and PDFs embed the same faces (docs/decisions).
set(TANSIQ_FONTS_DIR "/usr/share/fonts/truetype/noto" CACHE PATH
    "Folder with the Noto fonts (Debian package fonts-noto-core)")
set(TANSIQ_FONT_FILES
  NotoNaskhArabic-Regular.ttf NotoNaskhArabic-Bold.ttf
  NotoSansArabic-Regular.ttf NotoSansArabic-Bold.ttf
  NotoSans-Regular.ttf NotoSans-Bold.ttf)
foreach(file IN LISTS TANSIQ_FONT_FILES)
  if(NOT EXISTS "${TANSIQ_FONTS_DIR}/${file}")
    message(FATAL_ERROR "Font ${TANSIQ_FONTS_DIR}/${file} not found: install fonts-noto-core "
                        "(scripts/install-deps.sh) or set TANSIQ_FONTS_DIR.")
  endif()
endforeach()

function(tansiq_add_font_resources target)
  set(paths "")
  foreach(file IN LISTS TANSIQ_FONT_FILES)
    set(path "${TANSIQ_FONTS_DIR}/${file}")
    set_source_files_properties("${path}" PROPERTIES QT_RESOURCE_ALIAS "${file}")
    list(APPEND paths "${path}")
  endforeach()
  qt_add_resources(${target} tansiq_fonts PREFIX /fonts FILES ${paths})
endfunction()
