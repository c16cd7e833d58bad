#pragma once

#include "core/registry/Vocabulary.h"

#include <QList>
#include <QString>

#include <optional>

namespace tansiq {

// The closed vocabularies of coordination records; codes are stored, labels are data in both
// languages (like Vocabulary), because the bulletin and minutes choose their own language.
enum class CoordinationTerm { Cadence, MemberRole, ActionStatus, VisitRating };

const QList<Term>& coordinationTerms(CoordinationTerm vocabulary);
bool isCoordinationTerm(CoordinationTerm vocabulary, const QString& code);
QString coordinationLabel(CoordinationTerm vocabulary, const QString& code, Language language);
// A code, an English or Arabic label or a synonym ("in progress", "قيد التنفيذ").
std::optional<QString> matchCoordinationTerm(CoordinationTerm vocabulary, const QString& text);

} // namespace tansiq
