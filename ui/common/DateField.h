#pragma once

#include <QLineEdit>

namespace tansiq::ui {

class DisplaySettings;

// A date (YYYY-MM-DD) or reporting month (YYYY-MM) typed as text. It reads ASCII, Arabic-Indic
// and Persian digits through core's one date reader (dates::readDate / readMonth), shows a
// value and its example in the user's digits (so the hint looks like what is shown), and
// hands the record the ISO text, or the text as typed when it is no date, for core to refuse.
class DateField : public QLineEdit {
    Q_OBJECT
public:
    enum class Kind { Day, Month };

    DateField(Kind kind, const DisplaySettings& display, QWidget* parent = nullptr);

    // Shows an ISO date (or month) in the user's digits.
    void setIsoText(const QString& iso);
    // The ISO date, or the trimmed text as typed when it is not a date.
    QString isoText() const;
    // Whether the text is a date (or month) the field can read.
    bool isDate() const;
    // The value as the field shows it once left: a date it reads in the user's digits, in
    // typing order; other text as typed (kept in typing order too). Messages quote it so.
    QString shownText() const;
    // Re-draws the value and the example after the digits setting changed.
    void relabel();

private:
    void tidy();

    Kind m_kind;
    const DisplaySettings& m_display;
};

} // namespace tansiq::ui
