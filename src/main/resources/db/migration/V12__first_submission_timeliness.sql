-- A report's timeliness is its first submission's (issue 11 §3): national_report.submitted_late
-- now holds that verdict, as it counts today (a cycle edit that moves the deadline may turn it
-- over, with the Secretariat's explicit consent); the submissions keep the verdict they were given.
-- Until now the column followed the latest submission.
update national_report r set submitted_late = f.late
from submission f where f.report_id = r.id and f.number = 1;
