<?php
/**
 * Deleting the plugin removes its settings. The widgets store nothing else on the server.
 *
 * @package SerWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'ser_widgets_settings' );
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site_id ) {
		delete_blog_option( $site_id, 'ser_widgets_settings' );
	}
}
