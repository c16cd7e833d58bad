#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tansiq::ui {
class DisplaySettings;
}

namespace tansiq::ui::setup {

// The registry is made. A field office sees its fingerprint in groups to read out by phone and
// saves its enrolment request (for example on a USB stick); the head office sees the
// fingerprint its field offices will confirm.
class ReadyStep : public QWidget {
    Q_OBJECT
public:
    // `display` writes the sample's count in the user's digits.
    explicit ReadyStep(const DisplaySettings& display, QWidget* parent = nullptr);

    // `englishName` may be empty; the name is shown in the interface's language when it has one.
    void showOffice(const QString& arabicName, const QString& englishName, bool headOffice,
        const QString& fingerprint);
    void showSample(qint64 activities, const QString& path);
    void setRequestSaved(const QString& path);
    void setRequestMessage(const QString& text, bool error);
    void setBusy(bool busy);

    QPushButton* saveRequestButton() const { return m_saveRequest; }
    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QLabel* requestStatus() const { return m_requestStatus; }

signals:
    void saveRequestClicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    enum class Kind { None, Field, Head, Sample };
    const DisplaySettings& m_display;
    Kind m_kind = Kind::None;
    QString m_name;
    QString m_englishName;
    QString m_path;
    qint64 m_activities = 0;
    QString m_savedTo;
    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_fingerprint;
    QLabel* m_next;
    QPushButton* m_saveRequest;
    QLabel* m_requestStatus;
};

} // namespace tansiq::ui::setup
