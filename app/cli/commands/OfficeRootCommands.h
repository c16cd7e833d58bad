#pragma once

#include "app/cli/CliContext.h"

#include <QCommandLineParser>

namespace tansiq::cli {

// The head office's offline certification key (docs/decisions/0061): creating its file, setting
// up a head office rooted in it, and certifying a new everyday key with it (a new laptop after a
// loss or theft, docs/recovery.md). Each returns the exit code.
int createCertificationKey(CliContext& context, const QCommandLineParser& parser);
int initHeadOffice(CliContext& context, const QCommandLineParser& parser);
int certifyNewKey(CliContext& context, const QCommandLineParser& parser);

} // namespace tansiq::cli
