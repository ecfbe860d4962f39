import Foundation

enum FakeEditor {
    /// An "editor" that records the file's mode and its first argument, then appends a line.
    static func script(in folder: String) throws -> String {
        let path = folder + "/fake editor.sh"
        try """
        #!/bin/sh
        case "$1" in "--flag with space"|--wait) ;; *) exit 3 ;; esac
        stat -c %a "$2" > "\(folder)/mode"
        cp "$2" "\(folder)/seen"
        printf 'Added in the editor: we would monitor drift and roll back bad models.\\n' >> "$2"
        [ -n "$INTERRUPT_PARENT" ] && kill -INT $PPID
        exit 0
        """.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }
}
