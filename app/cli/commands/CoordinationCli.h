#pragma once

#include "app/cli/CliContext.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>

namespace tansiq::cli::coordcli {

// A meeting, action point or working group named by its id or the start of it (8 characters
// or more, unique); prints what is wrong and returns a null id otherwise.
QUuid findMeeting(CliContext& context, Registry& registry, const QString& text);
QUuid findActionPoint(CliContext& context, Registry& registry, const QString& text);
QUuid findGroup(CliContext& context, Registry& registry, const QString& text);
// An organisation by acronym or id; prints what is wrong and returns a null id otherwise.
QUuid findOrganisation(CliContext& context, Registry& registry, const QString& text);
// A sector by code (WASH, SHL, ...); prints what is wrong and returns a null id otherwise.
QUuid findSector(CliContext& context, Registry& registry, const QString& code);
// A project by code (case-insensitive) or id; prints what is wrong and returns a null id.
QUuid findProject(CliContext& context, Registry& registry, const QString& text);
// A monitoring visit by its id or the start of it, as findMeeting.
QUuid findVisit(CliContext& context, Registry& registry, const QString& text);
// A need (place × sector) by its id or the start of it, as findMeeting.
QUuid findNeed(CliContext& context, Registry& registry, const QString& text);
// YYYY-MM-DD of today on the system clock (UTC).
QString today(const CliContext& context);
QString shortId(const QUuid& id);

} // namespace tansiq::cli::coordcli
