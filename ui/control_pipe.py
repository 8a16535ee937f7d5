"""Windows: the control channel on a named pipe, served by Qt on the Qt thread.

Qt's QLocalServer restricts the pipe to the user (UserAccessOption); each request line goes to
app/guard/control.py's `answer`, like the Unix socket's. Elsewhere the guard serves a Unix
socket from plain Python (app/guard/control.py ControlServer) and this module is not used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app import ipc
from app.guard.control import Handler, answer, check_not_running


class PipeServer:
    """The same interface as ControlServer: listen() and close()."""

    def __init__(self, data_dir: Path, handle: Handler) -> None:
        self.name = ipc.server_name(data_dir)
        self.data_dir = data_dir
        self.handle = handle
        self.server = QLocalServer()

    def listen(self) -> None:
        check_not_running(self.data_dir)
        QLocalServer.removeServer(self.name)  # a pipe left behind by a guard that died
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            raise OSError(self.server.errorString())
        self.server.newConnection.connect(self._accept)

    def close(self) -> None:
        self.server.close()
        QLocalServer.removeServer(self.name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._serve(c))
            conn.disconnected.connect(conn.deleteLater)

    def _serve(self, conn: QLocalSocket) -> None:
        if not conn.canReadLine():
            if conn.bytesAvailable() > ipc.MAX_MESSAGE:
                conn.abort()
            return
        line = bytes(conn.readLine(ipc.MAX_MESSAGE).data())
        conn.write(QByteArray(answer(self.handle, line)))
        conn.flush()
        conn.disconnectFromServer()
