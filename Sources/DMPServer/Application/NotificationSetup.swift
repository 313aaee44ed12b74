import DMPServices
import DMPStorage
import Foundation
import Logging

/// Builds the notification sender the configuration describes; nil when notifications stay
/// queued in the outbox (`dmp.notify.transport` none), so that nothing is marked sent that
/// nobody received.
enum NotificationSetup {
    static func sender(_ configuration: ServerConfiguration, store: SQLRecordStore, logger: Logger) -> NotificationSender? {
        let transport: any NotificationTransport
        switch configuration.notifyTransport {
        case "file":
            let folder = configuration.notifyFolder ?? URL(fileURLWithPath: configuration.dataDirectory).appendingPathComponent("mail").path
            transport = FileNotificationTransport(folder: URL(fileURLWithPath: folder), from: configuration.notifyFrom)
        case "smtp":
            transport = SMTPNotificationTransport(
                host: configuration.notifySMTPHost, port: configuration.notifySMTPPort, from: configuration.notifyFrom)
        default:
            return nil
        }
        return NotificationSender(
            store: store, transport: transport,
            addressing: RecipientAddressing(professionalPattern: configuration.notifyProfessionalPattern),
            settings: NotificationSender.Settings(interval: .seconds(configuration.notifyIntervalSeconds)), logger: logger)
    }
}
