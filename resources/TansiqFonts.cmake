# The OFL fonts are read from Debian's fonts-noto-core at build time and embedded as resources
# (:/fonts/...) in tansiq_render, which the interface and the PDF bulletin share, so text looks
# the same on every machine and PDFs embed the same faces; the repository holds no copy.
# Noto Sans Arabic for the interface; Noto Naskh Arabic and Noto Sans for printed text.
set(TANSIQ_ARABIC_FONT_DIR "/usr/share/fonts/truetype/noto" CACHE PATH
    "Folder holding the Noto fonts of fonts-noto-core")
set(TANSIQ_ARABIC_FONT_FILES NotoSansArabic-Regular.ttf NotoSansArabic-Bold.ttf
  NotoNaskhArabic-Regular.ttf NotoNaskhArabic-Bold.ttf NotoSans-Regular.ttf NotoSans-Bold.ttf)

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
