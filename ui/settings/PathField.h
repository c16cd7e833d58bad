#pragma once

#include <QLabel>
#include <QWidget>

class QPushButton;

namespace tansiq::ui {

// A path as one line of a label: a left-to-right isolate (U+2066 … U+2069), so that inside a
// right-to-left form it reads in its own order and sits on the form's reading side like the
// other values; elided in the middle (the file's name stays) when longer than its room, whole
// in the tooltip. Its size hint is the whole path, so the layout gives it back when there is room.
class PathLabel : public QLabel {
public:
    explicit PathLabel(QWidget* parent = nullptr);

    void setPath(const QString& path);
    const QString& path() const { return m_path; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void shorten();

    QString m_path;
};

// A file's path as a value in a form: the path, a button that copies it and one that opens the
// folder holding it.
class PathField : public QWidget {
    Q_OBJECT
public:
    explicit PathField(const QString& path, QWidget* parent = nullptr);

    PathLabel* label() const { return m_label; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* folderButton() const { return m_folder; }
    void retranslate();

private:
    PathLabel* m_label;
    QPushButton* m_copy;
    QPushButton* m_folder;
};

} // namespace tansiq::ui
