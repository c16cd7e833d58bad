# One INTERFACE target carries the settings every Tansiq target shares.
add_library(tansiq_settings INTERFACE)
target_compile_features(tansiq_settings INTERFACE cxx_std_20)

target_compile_definitions(tansiq_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  SQLITE_ENABLE_SESSION
  SQLITE_ENABLE_PREUPDATE_HOOK)
target_compile_options(tansiq_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough
  $<$<BOOL:${TANSIQ_WERROR}>:-Werror>)
target_compile_definitions(tansiq_settings INTERFACE TANSIQ_VERSION="${PROJECT_VERSION}")
