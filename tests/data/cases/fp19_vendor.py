"""fpover19 texts: vendors' own support pages and mails that give their support line beside a
virus, a locked account or a charge (own words, the vendors' published lines)."""

from fp19_data import each

VENDOR_SUPPORT = [
    *each(
        "https://support.norton.com/sp/en/us/home/current/contact",
        "other",
        "Need help removing a virus? Norton members can get help from a Norton expert 24/7. Sign in to your account and choose Get Support, or call 1-844-488-4540 (US). Have your Norton account email ready.",
    ),
    *each(
        "https://www.dell.com/support/contents/en-us/article/product-support/self-support-knowledgebase/contact-support",
        "other",
        "Dell Technical Support for consumers: 1-800-624-9896, available 24 hours a day, 7 days a week. Have your Service Tag ready; you can find it on the label on the bottom of your computer or by typing `wmic bios get serialnumber` in Command Prompt.",
    ),
    *each(
        "https://support.apple.com/en-us/118231",
        "other",
        "If you think your Apple Account has been compromised, change your password at account.apple.com and review the devices signed in. To talk to Apple Support, call 1-800-275-2273 in the US or find your country's number at support.apple.com/contact.",
    ),
    *each(
        "https://www.eset.com/us/support/contact/",
        "other",
        "ESET Technical Support (North America): +1 (619) 630-2400, Monday–Friday 6 AM–6 PM PT. If ESET detects a threat it cannot clean, do not restart; open a support case with your license key and the log from Tools > Log files.",
    ),
    *each(
        "https://support.hp.com/us-en/contact",
        "other",
        "HP Customer Support: 1-800-474-6836. Beware of scams: HP will never contact you first by phone or pop-up to say your computer has a virus. Only use numbers listed on hp.com.",
    ),
    *each(
        "https://www.geeksquad.com/",
        "other",
        "Geek Squad® 24/7 support: call 1-800-433-5778 or chat at BestBuy.com/GeekSquad. Note: we will never email you about renewing a membership you didn't buy — if you get such a message, don't call the number in it.",
    ),
    *each(
        "https://www.microsoft.com/en-us/microsoft-365/support",
        "other",
        "For Microsoft 365 for business, admins can get phone support by signing in to the Microsoft 365 admin center and selecting Support > Help & support. Your callback number is saved in the service request.",
    ),
    *each(
        "https://www.coinbase.com/support",
        "other",
        "Coinbase will never call you asking you to move funds or share your 2-step verification code. If your account was compromised, lock it at coinbase.com/lock, then contact us through the Help Center. Our phone line (1-888-908-7930) is for locking accounts only.",
    ),
    *each(
        "https://www.paypal.com/us/cshelp/contact-us",
        "other",
        "Call PayPal Customer Service at 1-888-221-1161, Monday–Friday 5 AM–9 PM PT. Before you call, log in and get a one-time passcode from the Contact Us page so we can verify it's you. We will never ask you to install software or give us remote access.",
    ),
    *each(
        "https://www.kaspersky.com/support/contact",
        "other",
        "Kaspersky: if your device is infected with ransomware, do not pay the ransom. Check our free decryptors at noransom.kaspersky.com and contact Technical Support from My Kaspersky with your activation code.",
    ),
]

DEVICE_SIGNIN = [
    *each(
        "https://teams.microsoft.com/v2/",
        "other",
        "The new room display in 4.12 is set up. To sign it in, it shows a code: on your laptop go to microsoft.com/devicelogin, enter that code and sign in with the room account (room-4-12@acme.example, password in the IT vault). Ping me if it times out.",
        "FYI the TV in the lobby runs the dashboard app; if it's signed out, it shows a code and asks you to visit https://www.google.com/device. Only IT should do that, with the kiosk account.",
    ),
    *each(
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "terminal",
        "az login --use-device-code",
    ),
    *each(
        "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-interactively",
        "other",
        "If no web browser is available or the web browser fails to open, use the device code flow with az login --use-device-code. The CLI shows a code; open https://microsoft.com/devicelogin in a browser on another device and enter it.",
    ),
    *each(
        "https://docs.github.com/en/get-started/using-github/github-cli",
        "other",
        "$ gh auth login\n? What account do you want to log into? GitHub.com\n? How would you like to authenticate GitHub CLI? Login with a web browser\n\n! First copy your one-time code: 4F2A-9C1D\nPress Enter to open github.com in your browser...",
    ),
    *each(
        "https://support.apple.com/en-us/102640",
        "other",
        'If your Apple Account is locked for security reasons, you\'ll see a message like "This Apple Account has been locked for security reasons." Go to iforgot.apple.com to unlock your account with your existing password or reset it. Apple will never ask you for your password in an email or over the phone.',
    ),
    *each(
        "https://support.metamask.io/privacy-and-security/basic-safety-and-security-tips-for-metamask/",
        "other",
        "Never share your Secret Recovery Phrase or private keys with anyone, including MetaMask Support. We will never DM you, and no legitimate site will ask you to 'validate' or 'sync' your wallet by entering your phrase.",
    ),
]
