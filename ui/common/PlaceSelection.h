#pragma once

#include <QObject>
#include <QString>

namespace tansiq::ui {

// The place the user picked (on the map or elsewhere): the other views filter by it.
class PlaceSelection : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    QString pcode() const { return m_pcode; }
    void setPcode(const QString& pcode)
    {
        if (pcode == m_pcode)
            return;
        m_pcode = pcode;
        emit changed(m_pcode);
    }

signals:
    void changed(const QString& pcode);

private:
    QString m_pcode;
};

} // namespace tansiq::ui
