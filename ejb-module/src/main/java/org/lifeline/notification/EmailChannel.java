package org.lifeline.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/** E-mail through the server's mail session ({@code java:jboss/mail/Lifeline}), with bounded timeouts. */
@ApplicationScoped
public class EmailChannel {

    private static final String TIMEOUT_MILLIS = "10000";

    @Resource(lookup = "java:jboss/mail/Lifeline")
    Session mailSession;

    /** The server's session with the timeouts added, made once: making one looks up the mail providers. */
    private volatile Session timed;

    void deliver(Notification notification, LinkToken link) throws DeliveryException {
        try {
            Session session = timedSession();
            MimeMessage message = new MimeMessage(session);
            String from = session.getProperty("mail.from");
            if (from != null) {
                message.setFrom(new InternetAddress(from));
            }
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notification.recipient(), true));
            message.setSubject(notification.type().subject(), "UTF-8");
            message.setText(NotificationText.emailBody(notification, link), "UTF-8");
            message.setSentDate(new Date());
            message.setHeader("X-Lifeline-Notification", notification.id());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP: " + e.getClass().getSimpleName());
        }
    }

    private Session timedSession() {
        Session session = timed;
        if (session == null) {
            Properties properties = new Properties();
            properties.putAll(mailSession.getProperties());
            properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
            properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
            session = Session.getInstance(properties);
            timed = session;
        }
        return session;
    }
}
