package com.example.shop.reliability;

import com.example.shop.testsupport.ServiceProcess;
import com.example.shop.testsupport.system.ShopSystem;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.Map;

/**
 * The system every reliability case runs against: the shop as the run command starts it, with a real SMTP
 * server (GreenMail) in place of the customer's mailbox, so e-mails can be counted rather than taken on trust.
 * Started once for the whole suite; every case calls {@link #get()} and is stopped by
 * {@link com.example.shop.testsupport.system.WholeSystemTest}.
 */
public final class ReliabilitySystem {

    private static GreenMail mailbox;

    private ReliabilitySystem() {
    }

    public static synchronized ShopSystem get() {
        if (mailbox == null) {
            mailbox = new GreenMail(new ServerSetup(ServiceProcess.freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
            mailbox.start();
        }
        return ShopSystem.get(Map.of(
                "MAIL_HOST", "localhost",
                "MAIL_PORT", String.valueOf(mailbox.getSmtp().getPort()),
                // A crashed sender's claim runs out after this; far above a local SMTP round trip, and short
                // enough that the crash cases need not wait the production minute.
                "NOTIFICATION_LEASE", "5s"));
    }

    /** Every e-mail the shop has sent so far. */
    public static synchronized GreenMail mailbox() {
        get();
        return mailbox;
    }
}
