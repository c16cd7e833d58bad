# The Arabic UI font is read from Debian's fonts-noto-core at build time and embedded as a
# resource (:/fonts/...), so the interface looks the same on every machine; the repository
# holds no copy (the font is under the SIL Open Font License).
set(TANSIQ_ARABIC_FONT_DIR "/usr/share/fonts/truetype/noto" CACHE PATH
    "Folder holding NotoSansArabic-Regular.ttf and NotoSansArabic-Bold.ttf (fonts-noto-core)")
set(TANSIQ_ARABIC_FONT_FILES NotoSansArabic-Regular.ttf NotoSansArabic-Bold.ttf)

function(tansiq_add_font_resources target)
  set(paths "")
  foreach(file IN LISTS TANSIQ_ARABIC_FONT_FILES)
    set(path "${TANSIQ_ARABIC_FONT_DIR}/${file}")
    if(NOT EXISTS "${path}")
      message(FATAL_ERROR "Font ${path} not found: install the Debian package fonts-noto-core "
                          "or set TANSIQ_ARABIC_FONT_DIR.")
    endif()
    set_source_files_properties("${path}" PROPERTIES QT_RESOURCE_ALIAS "${file}")
    list(APPEND paths "${path}")
  endforeach()
  qt_add_resources(${target} tansiq_fonts PREFIX /fonts FILES ${paths})
endfunction()
