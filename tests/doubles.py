"""Hand-written stand-ins for services outside the project."""

import re
import socketserver
import threading
from collections import Counter
from smtplib import SMTPServerDisconnected

from django.core.mail.backends.base import BaseEmailBackend


class UnreachableSMTPBackend(BaseEmailBackend):
    """A mail server that is down: every send raises, as smtplib does."""

    def send_messages(self, email_messages):
        raise SMTPServerDisconnected("Connection unexpectedly closed")


class SMTPSink:
    """A mail server on 127.0.0.1 that accepts every message and keeps it, for processes
    the tests start (a Celery worker): Django's locmem backend is not seen across
    processes. Speaks just enough SMTP for smtplib; runs in a thread."""

    def __init__(self):
        self.messages: list[tuple[list[str], bytes]] = []
        lock = threading.Lock()
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, line: str) -> None:
                self.wfile.write(line.encode() + b"\r\n")
                self.wfile.flush()

            def handle(self):
                self.reply("220 sink ESMTP")
                recipients = []
                while line := self.rfile.readline():
                    verb = line[:4].decode("latin-1").upper()
                    if verb == "MAIL":
                        recipients = []
                    elif verb == "RCPT":
                        recipients.append(re.search(rb"<([^>]*)>", line).group(1).decode())
                    elif verb == "DATA":
                        self.reply("354 End data with <CR><LF>.<CR><LF>")
                        chunks = []
                        while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                            chunks.append(chunk)
                        data = b"".join(chunks)
                        with lock:
                            sink.messages.append((recipients, data))
                    elif verb == "QUIT":
                        self.reply("221 Bye")
                        return
                    self.reply("250 OK")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> "SMTPSink":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def received(self) -> Counter:
        """How many messages each address received."""
        return Counter(address for recipients, _data in self.messages for address in recipients)
