#pragma once

// The Windows API for the few places that call it (file flushing and renaming, processor time,
// free space on a stick), included the one way: without the min/max macros that break
// std::min and std::max, and without the rarely used parts. Nothing on other systems.

#include <QtGlobal>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#endif
