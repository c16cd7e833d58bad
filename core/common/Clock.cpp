#include "core/common/Clock.h"

#include <QDateTime>

namespace tansiq {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace tansiq
