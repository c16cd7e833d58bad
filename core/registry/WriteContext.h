#pragma once

#include <QString>
#include <QUuid>

namespace tansiq {

// Who is writing: the local office (stamped as origin on new records and in the audit trail)
// and the person at the keyboard.
struct WriteContext {
    QUuid officeId;
    QString userName;
};

} // namespace tansiq
